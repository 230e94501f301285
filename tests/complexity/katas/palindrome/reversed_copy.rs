// learner: slow
// idiom: Nim systems programmer: build a cleaned lowercase buffer with a for loop, build its reverse into a second buffer, compare the two
// why: is_palindrome is O(n) time but O(n) extra space (two String copies of the input), vs the O(1) space target
pub fn is_palindrome(s: &str) -> bool {
    cleanCompare(s)
}

fn cleanCompare(s: &str) -> bool {
    let mut cleaned = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                cleaned.push(l);
            }
        }
    }
    let mut reversed = String::with_capacity(cleaned.len());
    for c in cleaned.chars().rev() {
        reversed.push(c);
    }
    cleaned == reversed
}
