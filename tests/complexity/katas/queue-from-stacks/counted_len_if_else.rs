// learner: optimal
// idiom: beginner style, explicit size counter field, if/else everywhere, while loop on len()
pub struct TwoStackQueue<T> {
    input_stack: Vec<T>,
    output_stack: Vec<T>,
    size: usize,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { input_stack: Vec::new(), output_stack: Vec::new(), size: 0 }
    }

    pub fn enqueue(&mut self, value: T) {
        self.input_stack.push(value);
        self.size = self.size + 1;
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.size == 0 {
            return None;
        }
        if self.output_stack.len() == 0 {
            while self.input_stack.len() > 0 {
                let v = self.input_stack.pop().unwrap();
                self.output_stack.push(v);
            }
        }
        self.size = self.size - 1;
        self.output_stack.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        if self.output_stack.len() > 0 {
            self.output_stack.last()
        } else if self.input_stack.len() > 0 {
            self.input_stack.first()
        } else {
            None
        }
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
