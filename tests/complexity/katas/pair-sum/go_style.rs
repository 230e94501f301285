// learner: optimal
// idiom: Go-style: HashMap<i64, usize> of counts built with an explicit loop, helper with many params, early continue
//! Pairs that sum to a target.
use std::collections::HashMap;

fn partner(target: i64, v: i64) -> Option<i64> {
    target.checked_sub(v)
}

fn maybe_emit(counts: &HashMap<i64, usize>, v: i64, w: i64, out: &mut Vec<(i64, i64)>) {
    if v > w {
        return;
    }
    let need = if v == w { 2 } else { 1 };
    match counts.get(&w) {
        Some(&c) if c >= need => out.push((v, w)),
        _ => {}
    }
}

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut counts: HashMap<i64, usize> = HashMap::with_capacity(nums.len());
    for &v in nums {
        *counts.entry(v).or_insert(0) += 1;
    }
    let mut out = Vec::new();
    for (&v, _) in counts.iter() {
        let w = match partner(target, v) {
            Some(w) => w,
            None => continue,
        };
        maybe_emit(&counts, v, w, &mut out);
    }
    out
}
