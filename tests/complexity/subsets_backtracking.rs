// Backtracking over subsets: a self-call inside a loop.
// expect subsets: time O(2^n), space O(n)
pub fn subsets(items: &[i32], start: usize, current: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
    out.push(current.clone());
    for i in start..items.len() {
        current.push(items[i]);
        subsets(items, i + 1, current, out);
        current.pop();
    }
}
