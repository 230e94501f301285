// An arena of records, each holding the indices below it, walked with an
// explicit stack: every record's list is walked once, O(n) in all, whatever
// the field is called.
// expect Arena::total: time O(n), space O(n)
// target Arena::total: time O(n), space O(n)
pub struct Rec {
    weight: u64,
    below: Vec<usize>,
}
pub struct Arena {
    recs: Vec<Rec>,
}
impl Arena {
    pub fn total(&self, top: usize) -> u64 {
        let mut sum = 0;
        let mut todo = vec![top];
        while let Some(i) = todo.pop() {
            sum += self.recs[i].weight;
            todo.extend(self.recs[i].below.iter().copied());
        }
        sum
    }
}
