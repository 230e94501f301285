// learner: optimal
// idiom: logo teacher: Weak::new() root link, Drop peeks at strong_count and empties unique children in place, hand-written reverse with two indices
// why: add_child pushes once (amortised O(1)), parent upgrades once (O(1)), path_to_root walks d links and swaps d/2 pairs: O(d) time and O(d) space
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    /// Non-owning link to the node above us.
    parent_weak: Weak<RefCell<Node<T>>>,
    /// Owning links to the nodes below us.
    child_list: Vec<NodeRef<T>>,
}

// Small procedure used by both constructors.
fn wrap_node<T>(value: T, parent_weak: Weak<RefCell<Node<T>>>) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent_weak, child_list: Vec::new() }))
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    wrap_node(value, Weak::new())
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = wrap_node(value, Rc::downgrade(parent));
    parent.borrow_mut().child_list.push(Rc::clone(&child));
    child
}

/// The parent of `node`, or `None` for a root or when the parent has already
/// been dropped.
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    Weak::upgrade(&node.borrow().parent_weak)
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().child_list.iter().map(Rc::clone).collect()
}

// Small procedure: turn a list around by swapping the two ends, walking inward.
fn turn_around<T>(list: &mut [T]) {
    let mut left = 0;
    let mut right = list.len();
    while left + 1 < right {
        right -= 1;
        list.swap(left, right);
        left += 1;
    }
}

/// The values on the path between the (still living) root and `node`,
/// root first and `node` last, like the components of a file path.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut values = Vec::new();
    let mut current = Rc::clone(node);
    loop {
        values.push(current.borrow().value.clone());
        match parent(&current) {
            Some(up) => current = up,
            None => break,
        }
    }
    turn_around(&mut values);
    values
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut waiting = std::mem::take(&mut self.child_list);
        while let Some(child) = waiting.pop() {
            // Are we the only owner of this child? Then it is about to die:
            // empty its child list first, so its own drop has nothing to recurse into.
            if Rc::strong_count(&child) == 1 {
                let grandchildren = std::mem::take(&mut child.borrow_mut().child_list);
                waiting.extend(grandchildren);
            }
            // `child` is dropped here; if it was the last handle, the node dies childless.
        }
    }
}
