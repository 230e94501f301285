// learner: optimal
// idiom: Nix: a tail-recursive `go` written as a loop over one lazy filtered stream, eating one element from each end per step
// why: every char is produced once from the front or the back: O(n) time, two iterator cursors: O(1) space

fn same_letter(a: char, b: char) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}

pub fn is_palindrome(s: &str) -> bool {
    let mut stream = s.chars().filter(|c| c.is_alphanumeric());
    // go = front: back: if front == null || back == null then true
    //                   else sameLetter front back && go ...
    loop {
        let front = match stream.next() {
            None => return true,
            Some(c) => c,
        };
        let back = match stream.next_back() {
            None => return true, // front was the middle one
            Some(c) => c,
        };
        if !same_letter(front, back) {
            return false;
        }
    }
}
