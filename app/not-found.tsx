import { NotFoundView } from "@/components/feedback/not-found-view";

export default function NotFound() {
  return (
    <main className="px-6">
      <NotFoundView />
    </main>
  );
}
