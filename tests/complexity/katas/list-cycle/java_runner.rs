// learner: optimal
// idiom: Java/C# style: a Runner class with step()/position() getters and a CycleDetector with small methods
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

struct Runner<'a> {
    next: &'a [Option<usize>],
    position: usize,
}

impl<'a> Runner<'a> {
    fn new(next: &'a [Option<usize>], position: usize) -> Self {
        Runner { next, position }
    }
    fn get_position(&self) -> usize {
        self.position
    }
    fn step(&mut self) -> Option<usize> {
        self.position = self.next[self.position]?;
        Some(self.position)
    }
    fn step_twice(&mut self) -> Option<usize> {
        self.step()?;
        self.step()
    }
}

struct CycleDetector<'a> {
    next: &'a [Option<usize>],
    head: usize,
}

impl<'a> CycleDetector<'a> {
    fn new(next: &'a [Option<usize>], head: usize) -> Self {
        CycleDetector { next, head }
    }

    fn find_meeting_point(&self) -> Option<usize> {
        let mut slow = Runner::new(self.next, self.head);
        let mut fast = Runner::new(self.next, self.head);
        loop {
            slow.step()?;
            fast.step_twice()?;
            if slow.get_position() == fast.get_position() {
                return Some(slow.get_position());
            }
        }
    }

    fn find_entry(&self, meeting: usize) -> Option<usize> {
        let mut a = Runner::new(self.next, self.head);
        let mut b = Runner::new(self.next, meeting);
        while a.get_position() != b.get_position() {
            a.step()?;
            b.step()?;
        }
        Some(a.get_position())
    }

    fn measure_length(&self, entry: usize) -> Option<usize> {
        let mut r = Runner::new(self.next, entry);
        let mut length = 0;
        loop {
            r.step()?;
            length += 1;
            if r.get_position() == entry {
                return Some(length);
            }
        }
    }

    fn detect(&self) -> Option<Cycle> {
        let meeting = self.find_meeting_point()?;
        let entry = self.find_entry(meeting)?;
        let len = self.measure_length(entry)?;
        Some(Cycle { entry, len })
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    head.map(|h| CycleDetector::new(next, h).find_meeting_point().is_some()).unwrap_or(false)
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    CycleDetector::new(next, head?).detect()
}
