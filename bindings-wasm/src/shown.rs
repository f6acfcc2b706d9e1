//! What printing shows of the plain objects that carry secrets.
//!
//! A request carries the bearer token in `Authorization` (and the client secret, for the token
//! request), answers and notifications may echo a phone or ID number, and an encryption result
//! holds the payload with its unencrypted members. Their members stay readable, and a request
//! stays sendable as it is (`fetch` takes its `headers` and `body`); but `JSON.stringify`,
//! `console.log` and `util.inspect` (at any depth, with `showHidden`) show a summary instead.
//! Both hooks are non-enumerable: spreading, `Object.keys`, `fetch` and `assert.deepEqual`
//! never see them.

use js_sys::{Function, Object, Reflect, Symbol};
use wasm_bindgen::{JsCast, JsValue};

use crate::error::JsResult;

/// The symbol Node's `util.inspect` (and so `console.log`) calls.
const INSPECT_CUSTOM: &str = "nodejs.util.inspect.custom";

/// Makes `object` print as `summary`: a string (shown as it is) or a plain object.
pub(crate) fn print_as(object: &JsValue, summary: &JsValue) -> JsResult<()> {
    // `String.bind(null, s)` / `Object.bind(null, o)` is a function that returns the summary
    // whatever it is called with (`String(s)` is `s`, `Object(o)` is `o`): no code of ours, so
    // nothing a content security policy would refuse.
    let constructor = if summary.is_string() {
        "String"
    } else {
        "Object"
    };
    let constructor: Function =
        Reflect::get(&js_sys::global(), &JsValue::from_str(constructor))?.dyn_into()?;
    let hook = constructor.bind1(&JsValue::NULL, summary);
    let descriptor = Object::new();
    Reflect::set(&descriptor, &JsValue::from_str("value"), &hook)?;
    Reflect::set(&descriptor, &JsValue::from_str("writable"), &JsValue::TRUE)?;
    Reflect::set(
        &descriptor,
        &JsValue::from_str("configurable"),
        &JsValue::TRUE,
    )?;
    let object: &Object = object
        .dyn_ref()
        .ok_or_else(|| JsValue::from_str("not an object"))?;
    Object::define_property(object, &JsValue::from_str("toJSON"), &descriptor);
    Object::define_property(object, &Symbol::for_(INSPECT_CUSTOM).into(), &descriptor);
    Ok(())
}
