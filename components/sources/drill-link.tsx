import Link from "next/link";

/** A figure that opens the records behind it. */
export function DrillLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="text-primary underline-offset-2 hover:underline">
      {children}
    </Link>
  );
}
