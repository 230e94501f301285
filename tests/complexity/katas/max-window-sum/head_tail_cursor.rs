// learner: optimal
// idiom: Prolog logic programmer: two list cursors (Leaving, Entering) consumed clause by clause with slice patterns, a tail-call style loop carrying (Sum, Best)
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let (window, mut entering) = nums.split_at(k);
    let mut sum: i64 = window.iter().copied().map(i64::from).sum();
    let mut best = sum;
    let mut leaving = nums;
    // slide([O|Os], [I|Is], Sum, Best) :- Sum1 is Sum - O + I, Best1 is max(Best, Sum1), slide(Os, Is, Sum1, Best1).
    while let ([o, os @ ..], [i, is @ ..]) = (leaving, entering) {
        sum = sum - i64::from(*o) + i64::from(*i);
        best = best.max(sum);
        leaving = os;
        entering = is;
    }
    Some(best)
}
