// learner: slow
// idiom: GLSL: decode into a flat Vec<char> buffer, then a while-loop search for a twin at any other index
// why: for each position a linear twin search over the buffer: O(n^2) time when chars are unique late or never
//! First non-repeating character: see README.md.

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
pub fn first_unique_char(s: &str) -> Option<char> {
    let buf: Vec<char> = s.chars().collect();
    let n = buf.len();
    let mut idx = 0;
    while idx < n {
        let texel = buf[idx];
        let mut twin = false;
        let mut j = 0;
        while j < n {
            if j != idx && buf[j] == texel {
                twin = true;
                break;
            }
            j += 1;
        }
        if !twin {
            return Some(texel);
        }
        idx += 1;
    }
    None
}
