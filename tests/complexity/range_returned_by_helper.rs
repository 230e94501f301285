// A helper returns the ordered map's range (or none): collecting it
// yields the k keys in range, charged to the output, as `.range(..)`
// written inline does.
// expect Set::keys_between: time O(log n), space O(1)
// target Set::keys_between: time O(log n + k), space O(1)
use std::collections::BTreeMap;
use std::ops::Bound::Included;

pub struct Set {
    members: BTreeMap<i64, ()>,
}

impl Set {
    fn window(&self, lo: i64, hi: i64) -> Option<std::collections::btree_map::Range<'_, i64, ()>> {
        (lo <= hi).then(|| self.members.range((Included(lo), Included(hi))))
    }

    pub fn keys_between(&self, lo: i64, hi: i64) -> Vec<i64> {
        self.window(lo, hi).into_iter().flatten().map(|(&k, _)| k).collect()
    }
}
