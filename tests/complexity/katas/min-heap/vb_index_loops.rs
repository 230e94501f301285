// learner: optimal
// idiom: VB.NET style: private methods with explicit index arithmetic, Do-While loops with flags, verbose names
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    fn move_item_down(&mut self, starting_index: usize) {
        let item_count = self.data.len();
        let mut current_index = starting_index;
        let mut keep_going = true;
        while keep_going {
            let left_child_index = 2 * current_index + 1;
            let right_child_index = 2 * current_index + 2;
            let mut smallest_index = current_index;
            if left_child_index < item_count && self.data[left_child_index] < self.data[smallest_index] {
                smallest_index = left_child_index;
            }
            if right_child_index < item_count && self.data[right_child_index] < self.data[smallest_index] {
                smallest_index = right_child_index;
            }
            if smallest_index == current_index {
                keep_going = false;
            } else {
                self.data.swap(current_index, smallest_index);
                current_index = smallest_index;
            }
        }
    }

    fn move_item_up(&mut self, starting_index: usize) {
        let mut current_index = starting_index;
        while current_index > 0 {
            let parent_index = (current_index - 1) / 2;
            if self.data[current_index] < self.data[parent_index] {
                self.data.swap(current_index, parent_index);
                current_index = parent_index;
            } else {
                break;
            }
        }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut new_heap = MinHeap { data: items };
        let item_count = new_heap.data.len();
        if item_count > 1 {
            let mut node_index = item_count / 2;
            while node_index > 0 {
                node_index -= 1;
                new_heap.move_item_down(node_index);
            }
        }
        new_heap
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let new_item_index = self.data.len() - 1;
        self.move_item_up(new_item_index);
    }

    pub fn pop(&mut self) -> Option<T> {
        let item_count = self.data.len();
        if item_count == 0 {
            return None;
        }
        self.data.swap(0, item_count - 1);
        let smallest_item = self.data.pop();
        if self.data.len() > 1 {
            self.move_item_down(0);
        }
        smallest_item
    }

    pub fn peek(&self) -> Option<&T> {
        if self.data.len() == 0 {
            None
        } else {
            Some(&self.data[0])
        }
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
