// Placeholder for the checklist and score, which a later issue fills from src/scoring.
export function ChecklistPanel() {
  return (
    <section aria-labelledby="checklist-title" className="rounded-xl border border-dashed border-slate-300 bg-white/70 p-4">
      <h2 id="checklist-title" className="text-sm font-semibold text-slate-900">
        Checklist &amp; score
      </h2>
      <p className="mt-1 text-xs leading-relaxed text-slate-500">
        Each service's hardening checks and an overall score will appear here.
      </p>
    </section>
  )
}
