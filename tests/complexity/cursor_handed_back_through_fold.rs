// Two pointers carried in a fold's accumulator and moved by a closure that
// takes a cursor and hands it back (`lo = advance(lo, ..)`): each call
// resumes where the last one stopped, so n rounds per call is only an
// upper bound (the rounds add up to the list once).
// expect count_near: time O(n^2), space O(n)
// unsure: the closure's loop resumes from the cursor it is given
// target count_near: time O(n), space O(n)
pub fn count_near(points: &[u64], marks: &[u64], window: u64) -> usize {
    let sorted: Vec<u64> = marks.to_vec();
    let advance = |mut p: usize, ok: &dyn Fn(u64) -> bool| {
        while p < sorted.len() && ok(sorted[p]) {
            p += 1;
        }
        p
    };
    let (_, _, total) = points.iter().fold((0usize, 0usize, 0usize), |(lo, hi, total), &t| {
        let lo = advance(lo, &|m| m + window < t);
        let hi = advance(hi.max(lo), &|m| m <= t + window);
        (lo, hi, total + (hi - lo))
    });
    total
}
