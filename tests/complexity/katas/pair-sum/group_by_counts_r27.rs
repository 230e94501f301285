// learner: optimal
// idiom: SQL stored-procedure developer: GROUP BY value into a count table, then a "join" lookup per distinct row
//! Pairs that sum to a target: see README.md.

use std::collections::HashMap;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    // -- SELECT value, COUNT(*) AS cnt FROM nums GROUP BY value
    let mut v_counts: HashMap<i64, usize> = HashMap::with_capacity(nums.len());
    for &v_value in nums {
        *v_counts.entry(v_value).or_insert(0) += 1;
    }

    // -- SELECT a.value, b.value FROM counts a JOIN counts b ON b.value = @target - a.value
    // --  WHERE a.value <= b.value AND (a.value <> b.value OR a.cnt >= 2)
    let mut v_result: Vec<(i64, i64)> = Vec::new();
    for (&v_a, &v_cnt_a) in &v_counts {
        let v_b = match target.checked_sub(v_a) {
            Some(v_b) => v_b,
            None => continue, // partner out of range: no row
        };
        if v_a > v_b {
            continue;
        }
        if v_a == v_b {
            if v_cnt_a >= 2 {
                v_result.push((v_a, v_b));
            }
        } else if v_counts.contains_key(&v_b) {
            v_result.push((v_a, v_b));
        }
    }
    v_result
}
