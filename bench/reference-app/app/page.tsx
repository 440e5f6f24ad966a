export default function Page() {
  return <h1>Reference page</h1>;
}
