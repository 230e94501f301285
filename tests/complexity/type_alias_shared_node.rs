// A node handle named by a type alias (`type NodeRef<T> = Rc<RefCell<Node<T>>>`):
// the alias stands for its definition, so cloning the parent's children
// through it copies a Vec of every sibling, O(n) per added child.
// expect add_child: time O(n), space O(n)
// target add_child: time O(1), space O(1)
use std::cell::RefCell;
use std::rc::Rc;
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;
pub struct Node<T> {
    value: T,
    children: Vec<NodeRef<T>>,
}
pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let c = Rc::new(RefCell::new(Node { value, children: Vec::new() }));
    let mut list: Vec<NodeRef<T>> = parent.borrow().children.clone();
    list.push(Rc::clone(&c));
    parent.borrow_mut().children = list;
    c
}
