// learner: optimal
// idiom: NumPy "preallocate then fill": a VecDeque gets push_front (O(1)) while walking up, then converts to a Vec; Drop flattens the subtree breadth-first through a VecDeque
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    parent: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

/// Creates a node with no parent and no children (a new root).
pub fn new_node<T>(value: T) -> NodeRef<T> {
    let node = Node { value, parent: Weak::new(), children: vec![] };
    Rc::new(RefCell::new(node))
}

/// Creates a node holding `value`, appends it as the last child of `parent`
/// and returns a handle to it.
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let kid = new_node(value);
    kid.borrow_mut().parent = Rc::downgrade(parent);
    parent.borrow_mut().children.push(Rc::clone(&kid));
    kid
}

/// The parent of `node`, or `None` for a root or when the parent has already
/// been dropped.
pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let n = node.borrow();
    n.parent.upgrade()
}

/// Handles to the children of `node`, in the order they were added.
pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.to_vec()
}

/// The values on the path between the (still living) root and `node`,
/// root first and `node` last, like the components of a file path.
pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut values = VecDeque::new();
    let mut here = Some(Rc::clone(node));
    while let Some(n) = here {
        values.push_front(n.borrow().value.clone());
        here = parent(&n);
    }
    Vec::from(values)
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut queue: VecDeque<NodeRef<T>> = self.children.drain(..).collect();
        while let Some(front) = queue.pop_front() {
            let unwrapped = Rc::try_unwrap(front);
            if let Ok(cell) = unwrapped {
                let mut owned = cell.into_inner();
                queue.extend(owned.children.drain(..));
            }
        }
    }
}
