export default function OverduePage() {
  return <p>…</p>;
}
