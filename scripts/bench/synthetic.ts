/**
 * Generated policy texts for the benchmark: a plan with sections, numbered
 * tasks with responsibility notes, targets and deadlines, in the shapes the
 * seeds use. Seeded, so every run measures the same text.
 */
export function syntheticPlan(seed: number, tasks: number): string {
  let x = seed >>> 0 || 1;
  const rand = (n: number) => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % n;
  const depts = [
    '市发展改革委',
    '市工信局',
    '市生态环境局',
    '市住建局',
    '市交通运输局',
    '市财政局',
    '市水务局',
    '市林草局',
    '市农业农村局',
    '市统计局',
  ];
  const metrics = ['森林覆盖率', '城镇污水处理率', '空气质量优良天数比例', '绿色建筑占比', '公共交通出行分担率'];
  const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const lines = [
    `第${seed}号示范市绿色低碳发展实施方案`,
    `（${2020 + (seed % 5)}年${1 + (seed % 12)}月${1 + (seed % 28)}日）`,
    '为推动绿色低碳发展，制定本方案。',
  ];
  const perSection = 10;
  for (let t = 0; t < tasks; t++) {
    if (t % perSection === 0) lines.push(`${cn[(t / perSection) % 10]}、重点任务第${t / perSection + 1}部分`);
    const lead = depts[rand(depts.length)]!;
    const partners = [depts[rand(depts.length)], depts[rand(depts.length)]].filter((d) => d !== lead).join('、');
    const metric = metrics[rand(metrics.length)]!;
    lines.push(
      `${(t % perSection) + 1}. 推进第${t + 1}项重点工作。加快推进相关领域改造提升，完善工作机制，强化要素保障。` +
        `到2025年，全市${metric}达到${50 + rand(50)}.${rand(10)}%以上。于2025年${1 + rand(12)}月${1 + rand(28)}日前完成阶段评估。` +
        `（牵头单位：${lead}；配合单位：${partners || '市统计局'}）`,
    );
  }
  return lines.join('\n') + '\n';
}
