// Next greater element with a monotonic stack: each index is pushed and popped once.
// expect next_greater: time O(n), space O(n)
pub fn next_greater(v: &[i32]) -> Vec<i32> {
    let mut out = vec![-1; v.len()];
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..v.len() {
        while let Some(&top) = stack.last() {
            if v[top] >= v[i] {
                break;
            }
            out[top] = v[i];
            stack.pop();
        }
        stack.push(i);
    }
    out
}
