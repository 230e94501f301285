// learner: optimal
// idiom: ObjC-style: a CycleDetector struct with mutable tortoise/hare fields, verbose names, explicit Option checks instead of `?`
//! Cycle detection in a linked list: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

struct CycleDetector<'a> {
    successorTable: &'a [Option<usize>],
    tortoisePosition: usize,
    harePosition: usize,
}

#[allow(non_snake_case)]
impl<'a> CycleDetector<'a> {
    fn newWithHead(successorTable: &'a [Option<usize>], headIndex: usize) -> Self {
        CycleDetector { successorTable, tortoisePosition: headIndex, harePosition: headIndex }
    }

    fn successorOf(&self, nodeIndex: usize) -> Option<usize> {
        self.successorTable[nodeIndex]
    }

    /// Moves tortoise one step and hare two. Returns false when the hare fell off the list.
    fn advanceRunnersOneRound(&mut self) -> bool {
        let hareFirstHop = self.successorOf(self.harePosition);
        if hareFirstHop.is_none() {
            return false;
        }
        let hareSecondHop = self.successorOf(hareFirstHop.unwrap());
        if hareSecondHop.is_none() {
            return false;
        }
        self.harePosition = hareSecondHop.unwrap();
        self.tortoisePosition = self.successorOf(self.tortoisePosition).unwrap();
        true
    }

    fn runnersHaveMet(&self) -> bool {
        self.tortoisePosition == self.harePosition
    }

    fn findMeetingPoint(&mut self) -> Option<usize> {
        while self.advanceRunnersOneRound() {
            if self.runnersHaveMet() {
                return Some(self.harePosition);
            }
        }
        None
    }

    fn locateEntryFromHead(&mut self, headIndex: usize) -> usize {
        self.tortoisePosition = headIndex;
        while !self.runnersHaveMet() {
            self.tortoisePosition = self.successorOf(self.tortoisePosition).unwrap();
            self.harePosition = self.successorOf(self.harePosition).unwrap();
        }
        self.tortoisePosition
    }

    fn measureCycleLengthFrom(&self, entryIndex: usize) -> usize {
        let mut stepsTaken = 1usize;
        let mut walker = self.successorOf(entryIndex).unwrap();
        while walker != entryIndex {
            walker = self.successorOf(walker).unwrap();
            stepsTaken += 1;
        }
        stepsTaken
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    if head.is_none() {
        return false;
    }
    let mut detector = CycleDetector::newWithHead(next, head.unwrap());
    detector.findMeetingPoint().is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    if head.is_none() {
        return None;
    }
    let headIndex = head.unwrap();
    let mut detector = CycleDetector::newWithHead(next, headIndex);
    if detector.findMeetingPoint().is_none() {
        return None;
    }
    let entryIndex = detector.locateEntryFromHead(headIndex);
    let cycleLength = detector.measureCycleLengthFrom(entryIndex);
    Some(Cycle { entry: entryIndex, len: cycleLength })
}
