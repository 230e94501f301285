// A fold seeded with a new, empty collection whose step pushes into its
// accumulator on every call keeps every element: O(n) extra space, though
// no `let` names the collection (a string reversed by `rfold` into a new
// String is not reversed in place). A push under a condition may keep the
// accumulator bounded (the first three), and a number is no collection.
// expect reverse_by_rfold: time O(n), space O(n)
// target reverse_by_rfold: time O(n), space O(1)
// expect reverse_by_fold: time O(n), space O(n)
// target reverse_by_fold: time O(n), space O(1)
// expect first_three: time O(n), space O(1)
// target first_three: time O(n), space O(1)
// expect total: time O(n), space O(1)
// target total: time O(n), space O(1)
fn snoc(mut acc: String, c: char) -> String {
    acc.push(c);
    acc
}

pub fn reverse_by_rfold(s: &mut String) {
    let reversed = s.chars().rfold(String::new(), snoc);
    *s = reversed;
}

pub fn reverse_by_fold(s: &mut String) {
    let reversed = s.chars().rev().fold(String::new(), |mut acc, c| {
        acc.push(c);
        acc
    });
    *s = reversed;
}

pub fn first_three(xs: &[u32]) -> Vec<u32> {
    xs.iter().fold(Vec::new(), |mut acc, &x| {
        if acc.len() < 3 {
            acc.push(x);
        }
        acc
    })
}

pub fn total(xs: &[u32]) -> u64 {
    xs.iter().fold(0u64, |acc, &x| acc + x as u64)
}
