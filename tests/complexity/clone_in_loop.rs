// Cloning the whole vector on every iteration.
// expect prefix_copies: time O(n^2), space O(n)
pub fn prefix_copies(v: &Vec<i32>) -> usize {
    let mut total = 0;
    for _ in 0..v.len() {
        let copy = v.clone();
        total += copy.len();
    }
    total
}
