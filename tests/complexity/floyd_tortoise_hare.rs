// Floyd's cycle detection: two cursors that follow links until they meet.
// Neither is computed from both, so nothing halves: a walk of the list, O(n).
// expect meet: time O(n), space O(1)
pub fn meet(link: &[Option<usize>], start: Option<usize>) -> Option<usize> {
    let mut walker = start?;
    let mut runner = walker;
    loop {
        runner = link[runner]?;
        runner = link[runner]?;
        walker = link[walker]?;
        if walker == runner {
            return Some(walker);
        }
    }
}
