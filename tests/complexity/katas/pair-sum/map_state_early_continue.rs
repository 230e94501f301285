// learner: optimal
// idiom: single HashMap<value, already_paired> with early `continue`s, output pushed directly (no second set)
use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    // value -> whether the pair containing it has been emitted already
    let mut state: HashMap<i64, bool> = HashMap::with_capacity(nums.len());
    let mut out = Vec::new();
    for &x in nums {
        let other = match target.checked_sub(x) {
            Some(o) => o,
            None => {
                state.entry(x).or_insert(false);
                continue;
            }
        };
        let partner_here = matches!(state.get(&other), Some(false));
        if !partner_here {
            state.entry(x).or_insert(false);
            continue;
        }
        // mark both halves emitted; a later duplicate finds `true` and skips
        state.insert(other, true);
        state.insert(x, true);
        out.push((x.min(other), x.max(other)));
    }
    out
}
