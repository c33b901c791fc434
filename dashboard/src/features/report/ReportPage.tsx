export default function ReportPage() {
  return <p>…</p>;
}
