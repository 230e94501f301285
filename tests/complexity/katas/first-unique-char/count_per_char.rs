// learner: slow
// idiom: SQL stored-procedure developer: a cursor over the chars, with a correlated COUNT(*) subquery for each row
// why: first_unique_char is O(n^2) time (a full scan of s to count every char) vs the O(n) target
//! First non-repeating character: see README.md.

/// Returns the first `char` of `s` that occurs exactly once in `s`.
pub fn first_unique_char(s: &str) -> Option<char> {
    // DECLARE cur CURSOR FOR SELECT ch FROM s ORDER BY pos
    for v_ch in s.chars() {
        // SELECT @cnt = COUNT(*) FROM s WHERE ch = @v_ch
        let mut v_cnt = 0;
        for other in s.chars() {
            if other == v_ch {
                v_cnt += 1;
            }
        }
        if v_cnt == 1 {
            return Some(v_ch);
        }
    }
    None
}
