/** Rows of questions and answers, each answer on its own lines, as the case page shows them. */
export function AnswerList({ rows }: { rows: { label: string; lines: string[] }[] }) {
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-list__row" key={row.label}>
          <dt>{row.label}</dt>
          <dd>
            {row.lines.map((line, index) => (
              <span className="summary-list__line" key={index}>
                {line}
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
