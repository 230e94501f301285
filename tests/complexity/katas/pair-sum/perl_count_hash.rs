// learner: optimal
// idiom: Perl-ish %count hash built in a while loop with a manual index, then one pass over the distinct keys (x < c, or x == c with count >= 2)
use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut cnt: HashMap<i64, u32> = HashMap::new();
    let mut i = 0;
    while i < nums.len() {
        *cnt.entry(nums[i]).or_insert(0) += 1;
        i += 1;
    }
    let mut out = Vec::new();
    for (&x, &k) in &cnt {
        let c = match target.checked_sub(x) { Some(c) => c, None => continue };
        if x < c && cnt.contains_key(&c) { out.push((x, c)); }
        if x == c && k > 1 { out.push((x, x)); }
    }
    out
}
