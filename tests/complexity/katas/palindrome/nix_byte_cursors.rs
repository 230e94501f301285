// learner: optimal
// idiom: Nix: state is a small record { lo; hi; } rebuilt each step (`state // { lo = ...; }`), cursors are byte offsets into the original string
// why: lo only grows and hi only shrinks, each char decoded O(1) times: O(n) time; the state is two usizes: O(1) space

#[derive(Clone, Copy)]
struct Cursors {
    lo: usize,
    hi: usize,
}

fn char_at(s: &str, at: usize) -> char {
    s[at..].chars().next().unwrap()
}

fn char_before(s: &str, at: usize) -> char {
    s[..at].chars().next_back().unwrap()
}

pub fn is_palindrome(s: &str) -> bool {
    let mut st = Cursors { lo: 0, hi: s.len() };
    while st.lo < st.hi {
        let a = char_at(s, st.lo);
        if !a.is_alphanumeric() {
            st = Cursors { lo: st.lo + a.len_utf8(), ..st };
            continue;
        }
        let b = char_before(s, st.hi);
        if !b.is_alphanumeric() {
            st = Cursors { hi: st.hi - b.len_utf8(), ..st };
            continue;
        }
        if !a.to_lowercase().eq(b.to_lowercase()) {
            return false;
        }
        st = Cursors { lo: st.lo + a.len_utf8(), hi: st.hi - b.len_utf8() };
    }
    true
}
