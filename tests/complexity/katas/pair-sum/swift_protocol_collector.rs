// learner: optimal
// idiom: Swift protocol-as-trait: a PairCollector trait with a HashMap-counting implementor, guard-let returns
use std::collections::HashMap;

trait PairCollector {
    fn observe(&mut self, value: i64);
    fn finish(self) -> Vec<(i64, i64)>;
}

struct CountingCollector {
    target: i64,
    counts: HashMap<i64, usize>,
}

impl CountingCollector {
    fn new(target: i64, capacity: usize) -> Self {
        CountingCollector { target, counts: HashMap::with_capacity(capacity) }
    }
}

impl PairCollector for CountingCollector {
    fn observe(&mut self, value: i64) {
        *self.counts.entry(value).or_insert(0) += 1;
    }

    fn finish(self) -> Vec<(i64, i64)> {
        let mut result = Vec::new();
        for (&value, &count) in self.counts.iter() {
            let Some(other) = self.target.checked_sub(value) else { continue };
            if other < value {
                continue;
            }
            if other == value {
                if count >= 2 {
                    result.push((value, value));
                }
                continue;
            }
            guard_push(&self.counts, value, other, &mut result);
        }
        result
    }
}

fn guard_push(counts: &HashMap<i64, usize>, value: i64, other: i64, out: &mut Vec<(i64, i64)>) {
    guard_contains(counts, other).map(|_| out.push((value, other)));
}

fn guard_contains(counts: &HashMap<i64, usize>, key: i64) -> Option<()> {
    counts.get(&key)?;
    Some(())
}

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut collector = CountingCollector::new(target, nums.len());
    nums.iter().for_each(|&n| collector.observe(n));
    collector.finish()
}
