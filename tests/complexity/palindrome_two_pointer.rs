// Two pointers converging from both ends: linear.
// expect is_pal: time O(n), space O(1)
// expect is_pal_loop: time O(n), space O(1)
// target is_pal: time O(n), space O(1)
// target is_pal_loop: time O(n), space O(1)
pub fn is_pal(s: &str) -> bool {
    let b = s.as_bytes();
    if b.is_empty() {
        return true;
    }
    let (mut front, mut back) = (0, b.len() - 1);
    while front < back {
        if b[front] != b[back] {
            return false;
        }
        front += 1;
        back -= 1;
    }
    true
}
pub fn is_pal_loop(s: &[u8]) -> bool {
    let mut x = 0;
    let mut y = s.len();
    loop {
        if x + 1 >= y {
            return true;
        }
        if s[x] != s[y - 1] {
            return false;
        }
        x += 1;
        y -= 1;
    }
}
