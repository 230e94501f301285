// learner: optimal
// idiom: SQL stored-procedure developer: two staging "tables" (distinct values, duplicated values) then one cursor pass
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    // staging: #distinct_values, #duplicate_values
    let mut tmp_distinct: HashSet<i64> = HashSet::new();
    let mut tmp_duplicates: HashSet<i64> = HashSet::new();
    for &val in nums.iter() {
        if !tmp_distinct.insert(val) {
            tmp_duplicates.insert(val);
        }
    }

    let mut out_rows = Vec::new();
    // cursor over #distinct_values
    for &a in tmp_distinct.iter() {
        let Some(b) = target.checked_sub(a) else { continue };
        let row_ok = if a < b {
            tmp_distinct.contains(&b)
        } else if a == b {
            tmp_duplicates.contains(&a)
        } else {
            false
        };
        if row_ok {
            out_rows.push((a, b));
        }
    }
    out_rows
}
