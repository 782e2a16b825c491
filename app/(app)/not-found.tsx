import { NotFoundView } from "@/components/feedback/not-found-view";

/** A missing record inside the app keeps the shell around the message. */
export default function AppNotFound() {
  return <NotFoundView />;
}
