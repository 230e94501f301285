// learner: optimal
// idiom: Chapel HPC programmer: a zippered iteration (leaving, entering) like `for (o, i) in zip(A[0..], A[k..])`, reducing with fold as a max-reduce
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let first: i64 = nums[..k].iter().map(|&x| i64::from(x)).sum();
    // zip(outgoing, incoming) -- a Chapel zippered forall, but serial because of the scan dependency
    let (_, maxReduce) = nums
        .iter()
        .zip(nums[k..].iter())
        .fold((first, first), |(cur, best), (&out, &inc)| {
            let next = cur - i64::from(out) + i64::from(inc);
            (next, best.max(next))
        });
    Some(maxReduce)
}
