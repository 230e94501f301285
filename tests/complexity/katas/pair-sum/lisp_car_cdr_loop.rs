// learner: optimal
// idiom: car/cdr walk over the slice with slice patterns in a loop, accumulator sets, symbolic helper names
use std::collections::HashSet;

fn kons(a: i64, b: i64) -> (i64, i64) {
    (a.min(b), a.max(b))
}

fn partner_of(target: i64) -> impl Fn(i64) -> Option<i64> {
    move |x| target.checked_sub(x)
}

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let partner = partner_of(target);
    let mut seen: HashSet<i64> = HashSet::with_capacity(nums.len());
    let mut acc: HashSet<(i64, i64)> = HashSet::new();
    let mut lst = nums;
    loop {
        match lst {
            [] => break,
            [car, cdr @ ..] => {
                if let Some(p) = partner(*car).filter(|p| seen.contains(p)) {
                    acc.insert(kons(*car, p));
                }
                seen.insert(*car);
                lst = cdr;
            }
        }
    }
    acc.into_iter().collect()
}
