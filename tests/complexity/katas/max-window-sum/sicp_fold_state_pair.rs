// learner: optimal
// idiom: SICP student; the loop is an iterative process written as a fold over (entering, leaving) pairs with a (sum, best) state and tiny helper procedures
//! Maximum sum of a sliding window: see README.md.

fn no_window(len: usize, k: usize) -> bool {
    k == 0 || k > len
}

fn widen(x: &i32) -> i64 {
    *x as i64
}

fn initial_sum(nums: &[i32]) -> i64 {
    nums.iter().map(widen).sum()
}

/// One step of the process: the state after `entering` comes in and `leaving` goes out.
fn slide(state: (i64, i64), step: (&i32, &i32)) -> (i64, i64) {
    let (sum, best) = state;
    let (entering, leaving) = step;
    let next = sum + widen(entering) - widen(leaving);
    (next, best.max(next))
}

fn best_of(state: (i64, i64)) -> i64 {
    state.1
}

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if no_window(nums.len(), k) {
        return None;
    }
    let first = initial_sum(&nums[..k]);
    let final_state = nums[k..].iter().zip(nums.iter()).fold((first, first), slide);
    Some(best_of(final_state))
}
