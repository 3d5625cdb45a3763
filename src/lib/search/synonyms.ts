// Near-synonyms: what officials say → how the regulations say it. Reviewed data, not an algorithm: every
// entry names where the statutory wording occurs, and tests/unit/search-synonyms.test.ts checks that each
// statutory form really occurs in the corpus (so an entry cannot silently go dead when texts change).
// To add one: put the colloquial form in `terms`, the forms the texts use in `expand`, and the basis.

/** One reviewed synonym entry. */
export interface SynonymEntry {
  /** What people type (matched as a whole query term). */
  terms: readonly string[];
  /** How the regulations word it; searched as well, ranked like the typed term. */
  expand: readonly string[];
  /** Where the statutory wording occurs, so a reviewer can check the entry. */
  basis: string;
}

/** The reviewed list. Keep entries short and specific: a loose synonym hurts precision for everyone. */
export const SYNONYMS: readonly SynonymEntry[] = [
  { terms: ['反诈', '反诈骗', '电诈', '电信诈骗', '网络诈骗'], expand: ['电信网络诈骗', '反诈骗'], basis: '昌吉 第十五条、海东 第二十二条、山西 第二十七条、苏州 第二十七条“电信网络诈骗”；苏州 第二十七条“反诈骗风险监测”' },
  { terms: ['综治中心'], expand: ['社会治安综合治理中心', '综治'], basis: '苏州 第八条、新疆 第十四条、山西 第十条“社会治安综合治理中心”；新疆 第三十四条“综治工作信息化平台”' },
  { terms: ['综治'], expand: ['社会治安综合治理'], basis: '苏州 第八条“社会治安综合治理中心”' },
  { terms: ['网格员'], expand: ['网格管理员'], basis: '新疆 第八条、第三十条“网格管理员”（其他法规称“网格员”）' },
  { terms: ['网格管理员'], expand: ['网格员'], basis: '苏州 第十五条、山西 第三十五条“网格员”' },
  { terms: ['精神病人', '精神病患者', '精神病'], expand: ['精神障碍患者'], basis: '苏州 第三十四条、海东 第三十三条“严重精神障碍患者”' },
  { terms: ['校园霸凌', '霸凌'], expand: ['校园欺凌'], basis: '海东 第二十六条、山西 第二十三条“校园欺凌”' },
  { terms: ['出租屋'], expand: ['出租房屋'], basis: '苏州 第三十三条、海东 第二十九条“出租房屋”；新疆 第二十五条“出租屋”' },
  // 群租房 was dropped: a kind of rented housing no text regulates, not another name for 出租房屋
  { terms: ['出租房'], expand: ['出租房屋', '出租屋'], basis: '苏州 第三十三条“出租房屋”；新疆 第二十五条“出租屋”' },
  { terms: ['反恐'], expand: ['反恐怖主义', '暴恐', '暴力恐怖'], basis: '苏州 第二十六条“反恐怖主义”；新疆 第十六条“严打暴恐专项斗争”；昌吉 第九条、海东 第十五条、山西 第十三条“暴力恐怖”' },
  { terms: ['打黑', '黑恶势力'], expand: ['扫黑除恶'], basis: '山西 第十六条、海东 第十七条、苏州 第二十七条、新疆 第十六条“扫黑除恶”' },
  { terms: ['社矫'], expand: ['社区矫正'], basis: '苏州 第三十四条、海东 第三十一条“社区矫正”' },
  { terms: ['无人机'], expand: ['无人驾驶航空器'], basis: '苏州 第十九条“无人驾驶航空器”' },
  { terms: ['危化品'], expand: ['危险化学品'], basis: '海东 第十八条、山西 第十八条、苏州 第二十一条、新疆 第二十四条“危险化学品”' },
  { terms: ['上访'], expand: ['信访'], basis: '苏州 第十七条、昌吉 第十八条、海东 第十四条“信访”' },
  { terms: ['民调'], expand: ['民意调查'], basis: '苏州 第四十八条“民意调查”' },
  { terms: ['毒品', '涉毒'], expand: ['吸毒', '戒毒', '禁毒'], basis: '苏州 第三十四条“吸毒人员”“社区戒毒”；苏州 第三十九条“社区禁毒”' },
  { terms: ['稳评'], expand: ['社会稳定风险评估'], basis: '昌吉 第八条、苏州 第十四条、新疆 第二十条、山西 第三十一条“（重大决策）社会稳定风险评估”' },
  { terms: ['刑释人员', '刑释解教人员', '刑释'], expand: ['刑满释放'], basis: '海东 第三十一条、苏州 第三十四条“刑满释放人员”；新疆 第二十六条“刑满释放、涉邪教人员”' },
  { terms: ['快递', '快递物流'], expand: ['寄递'], basis: '山西 第二十二条“物流、寄递企业”；新疆 第九条“物流寄递”（昌吉、海东、苏州称“快递”）' },
  { terms: ['寄递'], expand: ['快递'], basis: '昌吉 第十三条、海东 第二十五条、苏州 第十九条“快递”' },
  { terms: ['雪亮工程', '天网工程', '天网'], expand: ['公共安全视频监控', '视频监控'], basis: '海东 第四十条“公共安全视频监控系统建设和联网应用”；新疆 第三十四条“公共安全视频监控系统的建设和联网应用”' },
  { terms: ['三失一偏'], expand: ['生活失意', '心态失衡'], basis: '新疆 第二十六条“生活失意、心态失衡、行为失常人群”' },
  { terms: ['矛调中心', '矛盾调解中心'], expand: ['矛盾纠纷调处化解中心'], basis: '苏州 第九条“社会矛盾纠纷调处化解中心”；海东 第四十三条“矛盾纠纷调处化解中心”' },
];

/**
 * The statutory forms to search alongside a typed term: the term itself first, then the reviewed expansions.
 * @example expandTerm('反诈') // → ['反诈', '电信网络诈骗', '反诈骗']
 */
export function expandTerm(term: string, entries: readonly SynonymEntry[] = SYNONYMS): string[] {
  const out = [term];
  for (const e of entries) {
    if (!e.terms.includes(term)) continue;
    for (const x of e.expand) if (!out.includes(x)) out.push(x);
  }
  return out;
}
