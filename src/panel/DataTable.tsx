import { useState } from 'react'
import { useLang } from '../lib/LangContext'
import { compareCells, formatCell, type TableData } from '../lib/table'

/** The chart's numbers as an accessible table, formatted for the language, sortable by column. */
export function DataTable({ table, caption }: { table: TableData; caption: string }) {
  const lang = useLang()
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 } | null>(null)
  const rows = sort
    ? [...table.rows].sort((a, b) => compareCells(a[sort.key], b[sort.key], lang) * sort.dir)
    : table.rows
  return (
    <div className="data-table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => {
              const active = sort?.key === column.key
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    onClick={() => setSort({ key: column.key, dir: active && sort.dir === 1 ? -1 : 1 })}
                  >
                    {column.label}
                    <span aria-hidden="true" className="sort-mark">
                      {active ? (sort.dir === 1 ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {table.columns.map((column, c) =>
                c === 0 ? (
                  <th key={column.key} scope="row">
                    {formatCell(row[column.key], column.kind, lang, column.signed)}
                  </th>
                ) : (
                  <td key={column.key} className={column.kind === 'text' ? undefined : 'num'}>
                    {formatCell(row[column.key], column.kind, lang, column.signed)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
