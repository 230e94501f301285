// Walking a linked list through an index array.
// expect length: time O(n), space O(1)
pub fn length(next: &[Option<usize>], head: Option<usize>) -> usize {
    let mut len = 0;
    let mut cur = head;
    while let Some(i) = cur {
        len += 1;
        cur = next[i];
    }
    len
}
