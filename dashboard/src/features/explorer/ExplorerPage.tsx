export default function ExplorerPage() {
  return <p>…</p>;
}
