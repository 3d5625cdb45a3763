/**
 * Write an ISO date the way Chinese documents do.
 * @example formatDateZh('2023-01-01') // → '2023年1月1日'
 */
export function formatDateZh(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
