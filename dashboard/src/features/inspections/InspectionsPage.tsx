export default function InspectionsPage() {
  return <p>…</p>;
}
