import { Forbidden } from "@/components/feedback/forbidden";

/** Rendered, with a 403, when a page calls forbidden() for a role that may not see it. */
export default function ForbiddenPage() {
  return <Forbidden />;
}
