/** The bow-tie mark: acquisition narrowing into the purchase, retention widening out of it. */
export function BowtieMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 20" aria-hidden="true" className={className}>
      <path d="M1 2 L14 8.5 L14 11.5 L1 18 Z" fill="var(--side-acquisition)" />
      <rect x="13" y="7" width="6" height="6" rx="1.5" fill="var(--side-knot)" />
      <path d="M31 2 L18 8.5 L18 11.5 L31 18 Z" fill="var(--side-retention)" />
    </svg>
  );
}

export function Logo({ name }: { name: string }) {
  return (
    <span className="flex items-center gap-2.5 text-lg font-semibold tracking-tight">
      <BowtieMark className="h-5 w-8" />
      {name}
    </span>
  );
}
