using Microsoft.AspNetCore.Mvc;

namespace OrdersApi.Controllers;

[ApiController]
[Route("api/orders")]
public sealed class OrdersController(OrderStore store) : ControllerBase
{
    [HttpGet("{id:int}")]
    public ActionResult<Order> Get(int id) => store.Orders.TryGetValue(id, out var order) ? order : NotFound();
}
