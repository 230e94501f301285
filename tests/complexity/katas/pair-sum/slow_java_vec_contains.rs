// learner: slow
// why: pair_sum is O(n^2) time, target O(n): Java-style finder keeps "seen" and the results in Vecs and asks Vec::contains for each element
struct PairFinder {
    target: i64,
    seen: Vec<i64>,
    results: Vec<(i64, i64)>,
}

impl PairFinder {
    fn new(target: i64) -> Self {
        PairFinder { target, seen: Vec::new(), results: Vec::new() }
    }

    fn get_target(&self) -> i64 {
        self.target
    }

    fn get_complement(&self, value: i64) -> Option<i64> {
        self.get_target().checked_sub(value)
    }

    fn has_seen(&self, value: i64) -> bool {
        self.seen.contains(&value)
    }

    fn has_result(&self, pair: &(i64, i64)) -> bool {
        self.results.contains(pair)
    }

    fn accept(&mut self, value: i64) {
        if let Some(partner) = self.get_complement(value) {
            if self.has_seen(partner) {
                let pair = (value.min(partner), value.max(partner));
                if !self.has_result(&pair) {
                    self.results.push(pair);
                }
            }
        }
        if !self.has_seen(value) {
            self.seen.push(value);
        }
    }

    fn get_results(self) -> Vec<(i64, i64)> {
        self.results
    }
}

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut finder = PairFinder::new(target);
    for &value in nums {
        finder.accept(value);
    }
    finder.get_results()
}
