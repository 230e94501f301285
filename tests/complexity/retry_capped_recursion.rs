// A counter that recurses toward a constant limit (`depth >= 3`) goes at
// most three levels deep: constant, whatever the input.
// expect Parser::nest: time O(1), space O(1)
// target Parser::nest: time O(1), space O(1)
pub struct Parser {
    open: u32,
}

impl Parser {
    pub fn nest(&mut self, depth: u32) -> u32 {
        if depth >= 3 {
            return self.open;
        }
        self.open += 1;
        self.nest(depth + 1)
    }
}
