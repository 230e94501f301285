// learner: slow
// idiom: REXX: the classic exec way, OUT = '' and append chars from the end (RESULT = RESULT || SUBSTR(IN, i, 1)), then assign back
// why: builds a complete second String of the text before replacing it: O(n) extra space where O(1) is asked

/* REXX-style: out_string = '' ; DO i = LENGTH(in) TO 1 BY -1 ; out_string = out_string || SUBSTR(in,i,1) ; END */

pub fn reverse_in_place(s: &mut String) {
    let mut out_string = String::with_capacity(s.len());
    let mut end_pos = s.len();
    loop {
        if end_pos == 0 {
            break;
        }
        let mut start_pos = end_pos - 1;
        loop {
            if s.is_char_boundary(start_pos) {
                break;
            }
            start_pos -= 1;
        }
        out_string.push_str(&s[start_pos..end_pos]);
        end_pos = start_pos;
    }
    *s = out_string;
}
