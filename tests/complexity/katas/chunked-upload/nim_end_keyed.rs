// learner: optimal
// idiom: Nim-style: BTreeMap keyed by END (end -> start), `result` variables, plain loop/break, helper procs, covered-bytes subtraction
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    total: u64,
    by_end: BTreeMap<u64, u64>,
    have: u64,
}

fn span(a: u64, b: u64) -> u64 {
    let result = b - a;
    result
}

impl Upload {
    pub fn new(size: u64) -> Self {
        let result = Upload { total: size, by_end: BTreeMap::new(), have: 0 };
        result
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let fits = match offset.checked_add(len) {
            Some(e) => e <= self.total,
            None => false,
        };
        if !fits {
            let result = Err(UploadError::OutOfBounds { offset, len, size: self.total });
            return result;
        }
        let mut result: u64 = 0;
        if len > 0 {
            let mut lo = offset;
            let mut hi = offset + len;
            let mut old_bytes: u64 = 0;
            // every stored range with end >= lo and start <= hi touches [lo, hi]
            loop {
                let next = self.by_end.range(lo..).next().map(|(&e, &s)| (s, e));
                match next {
                    Some((s, e)) if s <= hi => {
                        self.by_end.remove(&e);
                        old_bytes += span(s, e);
                        if s < lo {
                            lo = s;
                        }
                        if e > hi {
                            hi = e;
                        }
                    }
                    _ => break,
                }
            }
            self.by_end.insert(hi, lo);
            result = span(lo, hi) - old_bytes;
            self.have += result;
        }
        Ok(result)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut result: Vec<Range<u64>> = Vec::new();
        let mut pos: u64 = 0;
        for (&e, &s) in self.by_end.iter() {
            if pos < s {
                result.push(pos..s);
            }
            pos = e;
        }
        if pos < self.total {
            result.push(pos..self.total);
        }
        result
    }

    pub fn received_bytes(&self) -> u64 {
        self.have
    }

    pub fn is_complete(&self) -> bool {
        let result = self.have == self.total;
        result
    }
}
